briefingSearch.terms("ru",{"running":[0,1],"russia":[0,2,1,2],"russian":[0,1]});
