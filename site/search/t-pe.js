briefingSearch.terms("pe",{"peninsula":[0,5,1,2]});
