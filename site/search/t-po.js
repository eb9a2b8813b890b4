briefingSearch.terms("po",{"point":[0,2],"pointing":[0,2],"power":[0,1,1,2],"powered":[0,1]});
