briefingSearch.terms("ne",{"needs":[1,1],"news":[0,1]});
